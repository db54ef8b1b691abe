package de.thwien.dsr.intake.deadlines;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Public holidays of North Rhine-Westphalia (LEGAL.md §2). Movable feasts are computed from
 * Easter Sunday, so no year tables are needed. Not holidays in NRW: 6 Jan, 31 Oct, 24 Dec, 31 Dec.
 */
public final class NrwPublicHolidays {

    private NrwPublicHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        return holidaysOf(day.getYear()).contains(day);
    }

    public static Set<LocalDate> holidaysOf(int year) {
        LocalDate easter = easterSunday(year);
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.minusDays(2),   // Good Friday
                easter.plusDays(1),    // Easter Monday
                LocalDate.of(year, Month.MAY, 1),
                easter.plusDays(39),   // Ascension Day
                easter.plusDays(50),   // Whit Monday
                easter.plusDays(60),   // Corpus Christi
                LocalDate.of(year, Month.OCTOBER, 3),
                LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
