# Dates in words, for titles and for the facts the AI reads. $month in month-name and
# month-in-date is 1–12; elsewhere the months arrive as words, the days and year as digits.
# The month on its own ("November 2026"):
month-name =
    { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
# The month after a day ("23 November"; the genitive where the language has one):
month-in-date =
    { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
month-year = { $month } de { $year }
span-same-month = { $first } a { $last } de { $month }
span-two-months = { $first } de { $first_month } a { $last } de { $last_month }
