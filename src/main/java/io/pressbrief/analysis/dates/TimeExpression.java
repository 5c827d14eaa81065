package io.pressbrief.analysis.dates;

import java.time.LocalDate;

/**
 * A time expression found in a text and the date it stands for.
 *
 * @param start     offset of the expression
 * @param end       offset after it
 * @param date      the day it resolves to (the first day of a week or month)
 * @param precision how exact that day is
 */
public record TimeExpression(int start, int end, LocalDate date, DatePrecision precision) {}
