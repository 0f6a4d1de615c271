package org.newsgraph.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** What a date phrase states (day, month, year, weekday, shifts, tense), and its resolution; see {@link DateResolver}. */
final class DatePhrase {
    private enum Shift { LAST, NEXT, THIS }

    private Integer year, month, day, deictic;
    private DayOfWeek weekday;
    private Shift yearShift, monthShift, itemShift;
    private int tense;

    String resolve(LocalDate pub) {
        if (deictic != null) {
            return pub == null ? null : pub.plusDays(deictic).toString();
        }
        if (month != null) {
            return monthDate(pub);
        }
        if (weekday != null && day == null) {
            return pub == null ? null : weekdayDate(pub).toString();
        }
        if (day != null) {
            return null;
        }
        if (monthShift != null) {
            return pub == null ? null : YearMonth.from(pub).plusMonths(delta(monthShift)).toString();
        }
        if (year != null) {
            return String.format("%04d", year);
        }
        if (yearShift != null) {
            return pub == null ? null : String.format("%04d", pub.getYear() + delta(yearShift));
        }
        return null;
    }

    private String monthDate(LocalDate pub) {
        Integer y = year;
        if (y == null && (yearShift != null || itemShift != null) && pub == null) {
            return null;
        }
        if (y == null && yearShift != null) {
            y = pub.getYear() + delta(yearShift);
        } else if (y == null && itemShift != null) {
            int m = pub.getMonthValue();
            y = switch (itemShift) {
                case LAST -> month < m ? pub.getYear() : pub.getYear() - 1;
                case NEXT -> month > m ? pub.getYear() : pub.getYear() + 1;
                case THIS -> pub.getYear();
            };
        } else if (y == null && pub != null) {
            y = nearestYear(pub);
        }
        try {
            if (day == null) {
                return y == null ? null : YearMonth.of(y, month).toString();
            }
            return y == null ? MonthDay.of(month, day).toString() : LocalDate.of(y, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Of the publication year and its neighbours, the one putting the date nearest (or on the marked side). */
    private Integer nearestYear(LocalDate pub) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = day == null ? YearMonth.of(y, month).atDay(1) : LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            LocalDate ref = day == null ? pub.withDayOfMonth(1) : pub;
            long dist = ChronoUnit.DAYS.between(ref, d);
            if (tense < 0 && dist > 0 || tense > 0 && dist < 0) {
                continue;
            }
            if (Math.abs(dist) < bestDistance) {
                best = y;
                bestDistance = Math.abs(dist);
            }
        }
        return best;
    }

    private LocalDate weekdayDate(LocalDate pub) {
        if (itemShift == Shift.LAST) {
            return pub.with(TemporalAdjusters.previous(weekday));
        }
        if (itemShift == Shift.NEXT) {
            return pub.with(TemporalAdjusters.next(weekday));
        }
        return tense > 0 ? pub.with(TemporalAdjusters.nextOrSame(weekday))
                : pub.with(TemporalAdjusters.previousOrSame(weekday));
    }

    private static int delta(Shift s) {
        return s == Shift.LAST ? -1 : s == Shift.NEXT ? 1 : 0;
    }

    /** The parts of a tokenised phrase, or null when a word is unknown or parts contradict. */
    static DatePhrase parse(List<String> toks, DateWords w) {
        DatePhrase p = new DatePhrase();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            Shift shift = w.last().contains(t) ? Shift.LAST : w.next().contains(t) ? Shift.NEXT
                    : w.current().contains(t) ? Shift.THIS : null;
            if (t.matches("\\d+")) {
                int n = Integer.parseInt(t);
                if (t.length() == 4 && n >= 1000 && p.year == null) {
                    p.year = n;
                } else if (t.length() <= 2 && n >= 1 && n <= 31 && p.day == null) {
                    p.day = n;
                } else {
                    return null;
                }
            } else if (shift != null) {
                int j = i + 1;
                while (j < toks.size() && w.fillers().contains(toks.get(j))) {
                    j++;
                }
                String unit = j < toks.size() ? toks.get(j) : "";
                if (w.year().contains(unit)) {
                    p.yearShift = shift;
                    i = j;
                } else if (w.month().contains(unit)) {
                    p.monthShift = shift;
                    i = j;
                } else {
                    p.itemShift = shift;
                }
            } else if (w.months().containsKey(t) && p.month == null) {
                p.month = w.months().get(t);
            } else if (w.weekdays().containsKey(t) && p.weekday == null) {
                p.weekday = DayOfWeek.of(w.weekdays().get(t));
            } else if (w.yesterday().contains(t) || w.today().contains(t) || w.tomorrow().contains(t)) {
                p.deictic = w.yesterday().contains(t) ? -1 : w.today().contains(t) ? 0 : 1;
            } else if (w.pastMarkers().contains(t)) {
                p.tense = -1;
            } else if (w.futureMarkers().contains(t)) {
                p.tense = 1;
            } else if (!w.fillers().contains(t) && !w.year().contains(t) && !w.month().contains(t)) {
                return null;
            }
        }
        return p;
    }
}
