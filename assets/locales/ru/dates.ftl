# Dates in words, for titles and for the facts the AI reads. $month in month-name and
# month-in-date is 1–12; elsewhere the months arrive as words, the days and year as digits.
# The month on its own ("November 2026"):
month-name = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
}
# The month after a day ("23 November"; the genitive where the language has one):
month-in-date = { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
month-year = { $month } { $year }
span-same-month = { $first }–{ $last } { $month }
span-two-months = { $first } { $first_month } — { $last } { $last_month }
