package org.interopserver.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;

import java.time.Instant;
import java.util.Optional;

/**
 * The resumption token format of one request. Payload fields (tab-separated): format version, verb, metadataPrefix,
 * set, from, until (epoch seconds), cursor, last seq served, completeListSize. A token only works with the verb it
 * was issued for.
 */
final class SignedTokens implements ResumptionTokenFormat {

    private static final String VERSION = "1";

    private final TokenSigner signer;
    private final String verb;
    private final HarvestPosition position;

    SignedTokens(TokenSigner signer, String verb, HarvestPosition position) {
        this.signer = signer;
        this.verb = verb;
        this.position = position;
    }

    @Override
    public ResumptionTokenFormat withGranularity(Granularity granularity) {
        return this;
    }

    @Override
    public String format(ResumptionToken.Value value) {
        String payload = String.join("\t", VERSION, verb, text(value.getMetadataPrefix()), text(value.getSetSpec()),
                seconds(value.getFrom()), seconds(value.getUntil()), Long.toString(value.getOffset()),
                Long.toString(position.afterSeq), position.listSize == null ? "" : Long.toString(position.listSize));
        return signer.sign(payload);
    }

    @Override
    public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
        String payload = signer.verify(token).orElseThrow(() -> new BadResumptionTokenException(
                "the resumption token was not issued by this repository or has been altered"));
        String[] f = payload.split("\t", -1);
        if (f.length != 9 || !f[0].equals(VERSION)) {
            throw new BadResumptionTokenException("the resumption token has an unknown format");
        }
        if (!f[1].equals(verb)) {
            throw new BadResumptionTokenException("the resumption token belongs to " + f[1] + ", not to " + verb);
        }
        try {
            ResumptionToken.ValueBuilder value = new ResumptionToken.ValueBuilder().withOffset(Long.parseLong(f[6]));
            if (!f[2].isEmpty()) {
                value.withMetadataPrefix(f[2]);
            }
            if (!f[3].isEmpty()) {
                value.withSetSpec(f[3]);
            }
            instant(f[4]).ifPresent(value::withFrom);
            instant(f[5]).ifPresent(value::withUntil);
            position.afterSeq = Long.parseLong(f[7]);
            position.listSize = f[8].isEmpty() ? null : Long.parseLong(f[8]);
            return value.build();
        } catch (NumberFormatException e) {
            throw new BadResumptionTokenException("the resumption token has an unknown format");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String seconds(Instant instant) {
        return instant == null ? "" : Long.toString(instant.getEpochSecond());
    }

    private static Optional<Instant> instant(String seconds) {
        return seconds.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }
}
