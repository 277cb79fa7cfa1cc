# Dates in words, for titles and for the facts the AI reads. $month in month-name and
# month-in-date is 1–12; elsewhere the months arrive as words, the days and year as digits.
# The month on its own ("November 2026"):
month-name =
    { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
# The month after a day ("23 November"; the genitive where the language has one):
month-in-date =
    { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
month-year = { $month } { $year }
span-same-month = { $first }–{ $last } { $month }
span-two-months = { $first } { $first_month } – { $last } { $last_month }
