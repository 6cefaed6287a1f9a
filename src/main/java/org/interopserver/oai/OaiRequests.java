package org.interopserver.oai;

import io.gdcc.xoai.dataprovider.request.RequestBuilder;
import io.gdcc.xoai.dataprovider.request.RequestBuilder.RawRequest;
import io.gdcc.xoai.exceptions.BadArgumentException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.Request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Turns a checked raw request into XOAI's request. Done here rather than by XOAI because harvesters send
 * {@code from}/{@code until} in either granularity, and because a date in the future is a question with an empty
 * answer (noRecordsMatch), not a bad argument. Both bounds are inclusive: a day-granularity {@code until} means the
 * end of that day.
 */
final class OaiRequests {

    private static final int DAY_LENGTH = "YYYY-MM-DD".length();

    private OaiRequests() {
    }

    /** The request, with any argument errors added to {@code raw} (then the request must not be used). */
    static Request compile(RawRequest raw, String baseUrl) {
        Request request = new Request(baseUrl).withVerb(raw.getVerb());
        RequestBuilder.compileRequestArgument(request, raw.getArguments(), Granularity.Lenient).forEach(raw::withError);
        RequestBuilder.validateArgumentPresence(raw.getVerb(), raw.getArguments().keySet()).forEach(raw::withError);
        if (raw.hasErrors()) {
            return request;
        }
        String rawFrom = request.getRawFrom();
        String rawUntil = request.getRawUntil();
        if (rawFrom != null && rawUntil != null && rawFrom.length() != rawUntil.length()) {
            raw.withError(new BadArgumentException("'from' and 'until' must have the same granularity"));
            return request;
        }
        if (rawUntil != null && rawUntil.length() == DAY_LENGTH) {
            Instant endOfDay = request.getUntil().orElseThrow().plus(1, ChronoUnit.DAYS).minusSeconds(1);
            request.withUntil(endOfDay);
        }
        if (request.getFrom().isPresent() && request.getUntil().isPresent()
                && request.getFrom().get().isAfter(request.getUntil().get())) {
            raw.withError(new BadArgumentException("'from' must not be after 'until'"));
        }
        return request;
    }
}
