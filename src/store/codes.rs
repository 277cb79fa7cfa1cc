//! Domain enums in SQLite columns, as their codes. A row holding a code this build does not
//! know is an error at the boundary (`FromSqlConversionFailure`), never a silent default.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::domain::astro::Sign;
use crate::domain::code::{parse, Coded};
use crate::domain::payments::PaymentStatus;
use crate::domain::pushes::PushKind;
use crate::domain::{Lang, Plan, PromptKind};

macro_rules! sql_code {
    ($($t:ty),*) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_code()))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                parse::<$t>(value.as_str()?).map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

sql_code!(Plan, Lang, PromptKind, PushKind, Sign, PaymentStatus);

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::domain::Plan;

    #[test]
    fn codes_in_and_out_and_unknown_ones_refused() {
        let conn = Connection::open_in_memory().unwrap();
        let plan: Plan = conn
            .query_row("SELECT ?1", [Plan::Vip], |r| r.get(0))
            .unwrap();
        assert_eq!(plan, Plan::Vip);
        let bad = conn.query_row("SELECT 'gold'", [], |r| r.get::<_, Plan>(0));
        let message = bad.unwrap_err().to_string();
        assert!(message.contains("unknown Plan code \"gold\""), "{message}");
    }
}
