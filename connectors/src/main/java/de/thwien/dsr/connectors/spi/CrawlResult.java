package de.thwien.dsr.connectors.spi;

import java.util.Set;

/**
 * @param next           cursor for the next incremental crawl
 * @param recordsVisited records handed to the sink by this crawl
 * @param recrawledPrefixes reference prefixes that are stale (e.g. an IMAP folder whose UIDVALIDITY
 *                       changed and was crawled again under new references): the index drops them
 */
public record CrawlResult(CrawlCursor next, long recordsVisited, Set<String> recrawledPrefixes) {

    public CrawlResult {
        recrawledPrefixes = Set.copyOf(recrawledPrefixes);
    }

    public static CrawlResult of(CrawlCursor next, long recordsVisited) {
        return new CrawlResult(next, recordsVisited, Set.of());
    }
}
