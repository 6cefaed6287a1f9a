package org.interopserver.oai;

/**
 * What one list request's resumption token carries beyond XOAI's own token value (prefix, set, dates, cursor): the
 * keyset position and the list size. Read from the client's token, then replaced by the page for the next token.
 */
final class HarvestPosition {

    /** Seq of the last record served; the next page starts after it. */
    long afterSeq;
    /** completeListSize, counted on the first page and carried; null before the first page. */
    Long listSize;

    boolean isFirstPage() {
        return listSize == null;
    }
}
