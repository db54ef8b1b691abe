package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.Finding;
import java.time.LocalDate;

/**
 * The part of a restricted record erased before the rest because its own hold ends first (LEGAL.md §3: a mail's
 * body, a business letter, while the invoice attached to it is a voucher held longer).
 *
 * @param kind              which part
 * @param retentionCategory the part's category
 * @param erasableFrom      the first day the part may be erased (the day it was planned, when it has no hold at all)
 */
public record EarlierPart(Finding.PartKind kind, String retentionCategory, LocalDate erasableFrom) {
}
