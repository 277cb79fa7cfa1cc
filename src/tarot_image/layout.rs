//! Where each card of a spread lies on the table, in pixels: a row for one or three cards,
//! and the Celtic Cross in its classic form — the cross on the left (the second card turned
//! across the first) and the staff of four on the right, read from the bottom up.

use crate::domain::tarot::Spread;

/// A card's face, in pixels.
pub const CARD_W: f32 = 190.0;
pub const CARD_H: f32 = 320.0;
/// Room under a card for its position label (two lines where two cards share a place).
pub const LABEL_H: f32 = 56.0;
const MARGIN: f32 = 50.0;
/// Between cards in a row.
const GAP: f32 = 40.0;
/// Between the columns of the cross: room for the crossing card's overhang.
const CROSS_GAP: f32 = 80.0;
/// Between rows: a label and some air.
const ROW_GAP: f32 = 24.0;

/// One place on the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    /// The card's centre.
    pub x: f32,
    pub y: f32,
    /// Quarter turns clockwise: 1 for the card laid across.
    pub quarter_turns: u8,
    /// The top of the label, centred at `x`; the crossing card's label goes under the
    /// first card's, on the second line.
    pub label_y: f32,
}

/// The table: its size and one slot per card, in the order the spread is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub width: f32,
    pub height: f32,
    pub slots: Vec<Slot>,
}

/// The layout of `spread`; the card of the day lies like a one-card spread.
pub fn table(spread: Spread) -> Table {
    let upright = |x: f32, y: f32| Slot {
        x,
        y,
        quarter_turns: 0,
        label_y: y + CARD_H / 2.0 + 8.0,
    };
    let row_y = MARGIN + CARD_H / 2.0;
    let height_of_rows = |rows: f32| 2.0 * MARGIN + rows * (CARD_H + LABEL_H + ROW_GAP) - ROW_GAP;
    match spread {
        Spread::One => Table {
            // Wide enough for a long position label under a single card.
            width: 2.0 * MARGIN + CARD_W + 2.0 * GAP,
            height: height_of_rows(1.0),
            slots: vec![upright(MARGIN + GAP + CARD_W / 2.0, row_y)],
        },
        Spread::Three => Table {
            width: 2.0 * MARGIN + 3.0 * CARD_W + 2.0 * GAP,
            height: height_of_rows(1.0),
            slots: (0..3)
                .map(|i| upright(MARGIN + CARD_W / 2.0 + i as f32 * (CARD_W + GAP), row_y))
                .collect(),
        },
        Spread::CelticCross => {
            let col = |i: f32| MARGIN + CARD_W / 2.0 + i * (CARD_W + CROSS_GAP);
            let staff_x = col(3.0);
            let row = |i: f32| MARGIN + CARD_H / 2.0 + i * (CARD_H + LABEL_H + ROW_GAP);
            // The cross (three rows) is centred against the staff (four).
            let cross = |i: f32| row(i + 0.5);
            let first = upright(col(1.0), cross(1.0));
            let across = Slot {
                quarter_turns: 1,
                label_y: first.label_y + LABEL_H / 2.0,
                ..first
            };
            Table {
                width: 2.0 * MARGIN + 4.0 * CARD_W + 3.0 * CROSS_GAP,
                height: height_of_rows(4.0),
                slots: vec![
                    first,
                    across,
                    upright(col(1.0), cross(2.0)), // foundation, below
                    upright(col(0.0), cross(1.0)), // recent past, left
                    upright(col(1.0), cross(0.0)), // crown, above
                    upright(col(2.0), cross(1.0)), // near future, right
                    upright(staff_x, row(3.0)),    // the staff, bottom up
                    upright(staff_x, row(2.0)),
                    upright(staff_x, row(1.0)),
                    upright(staff_x, row(0.0)),
                ],
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(s: &Slot) -> (f32, f32, f32, f32) {
        let (w, h) = if s.quarter_turns % 2 == 1 {
            (CARD_H, CARD_W)
        } else {
            (CARD_W, CARD_H)
        };
        (s.x - w / 2.0, s.y - h / 2.0, s.x + w / 2.0, s.y + h / 2.0)
    }

    #[test]
    fn every_spread_fits_its_table_with_one_slot_per_position() {
        for spread in Spread::ALL {
            let t = table(spread);
            assert_eq!(t.slots.len(), spread.positions().len(), "{spread:?}");
            for s in &t.slots {
                let (x0, y0, x1, y1) = bounds(s);
                assert!(
                    x0 >= 0.0 && y0 >= 0.0 && x1 <= t.width && y1 <= t.height,
                    "{spread:?} {s:?}"
                );
                assert!(
                    s.label_y + LABEL_H / 2.0 <= t.height,
                    "{spread:?} label {s:?}"
                );
            }
        }
        assert!(table(Spread::CelticCross).width >= 1000.0);
    }

    #[test]
    fn only_the_crossing_card_overlaps_and_it_lies_across_the_first() {
        let t = table(Spread::CelticCross);
        assert_eq!(t.slots[1].quarter_turns, 1);
        assert_eq!((t.slots[1].x, t.slots[1].y), (t.slots[0].x, t.slots[0].y));
        let overlap = |a: &Slot, b: &Slot| {
            let (a0, a1, a2, a3) = bounds(a);
            let (b0, b1, b2, b3) = bounds(b);
            a0 < b2 && b0 < a2 && a1 < b3 && b1 < a3
        };
        for (i, a) in t.slots.iter().enumerate() {
            for (j, b) in t.slots.iter().enumerate().skip(i + 1) {
                assert_eq!(
                    overlap(a, b),
                    (i, j) == (0, 1),
                    "cards {} and {}",
                    i + 1,
                    j + 1
                );
            }
        }
        // The staff is read from the bottom up, to the right of the cross.
        assert!(t.slots[6].y > t.slots[9].y && t.slots[6].x > t.slots[5].x);
    }
}
