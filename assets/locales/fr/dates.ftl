# Dates in words, for titles and for the facts the AI reads. $month in month-name and
# month-in-date is 1–12; elsewhere the months arrive as words, the days and year as digits.
# The month on its own ("November 2026"):
month-name = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# The month after a day ("23 November"; the genitive where the language has one):
month-in-date = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
month-year = { $month } { $year }
# The first day of a month is written "1er".
span-same-month = du { $first ->
        [1] 1er
       *[other] { $first }
    } au { $last } { $month }
span-two-months = du { $first } { $first_month } au { $last ->
        [1] 1er
       *[other] { $last }
    } { $last_month }
