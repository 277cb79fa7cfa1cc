# Dates in words, for titles and for the facts the AI reads. $month in month-name and
# month-in-date is 1–12; elsewhere the months arrive as words, the days and year as digits.
# The month on its own ("November 2026"):
month-name =
    { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
# The month after a day ("23. November"; German has no separate form after a day):
month-in-date =
    { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
month-year = { $month } { $year }
span-same-month = { $first }.–{ $last }. { $month }
span-two-months = { $first }. { $first_month } – { $last }. { $last_month }
