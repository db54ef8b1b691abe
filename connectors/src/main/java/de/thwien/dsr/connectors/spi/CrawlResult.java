package de.thwien.dsr.connectors.spi;

import java.util.Set;

/**
 * @param next           cursor for the next incremental crawl
 * @param recordsVisited records handed to the sink by this crawl
 * @param fullRecrawl    the store asked for a full re-crawl of some part (e.g. an IMAP folder whose
 *                       UIDVALIDITY changed): the index drops that part's old references
 */
public record CrawlResult(CrawlCursor next, long recordsVisited, Set<String> recrawledPrefixes) {

    public CrawlResult {
        recrawledPrefixes = Set.copyOf(recrawledPrefixes);
    }

    public static CrawlResult of(CrawlCursor next, long recordsVisited) {
        return new CrawlResult(next, recordsVisited, Set.of());
    }
}
