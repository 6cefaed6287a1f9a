package org.interopserver.integration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** The ORCID member API v3.0 calls for works: create, update, delete, and the works summary to find duplicates. */
public final class OrcidClient {

    private static final String ORCID_XML = "application/vnd.orcid+xml";

    /** What ORCID said to a create or an update. */
    public enum Answer { OK, NOT_FOUND, DUPLICATE }

    /** A create's answer: the put-code ORCID gave the new work, or a duplicate. */
    public record Created(Answer answer, String putCode) {
    }

    private final URI apiUrl;
    private final String clientId;
    private final RemoteCalls calls;

    /** {@code clientId}: the server's ORCID member-API client (APP-…), the source of the works it writes. */
    public OrcidClient(URI apiUrl, String clientId, RemoteCalls calls) {
        this.apiUrl = apiUrl;
        this.clientId = clientId;
        this.calls = calls;
    }

    public Created create(String orcid, String token, String workXml) throws RemoteFailure {
        HttpResponse<String> response = calls.send(authorized(orcid + "/work", token)
                .header("Content-Type", ORCID_XML)
                .POST(HttpRequest.BodyPublishers.ofString(workXml, StandardCharsets.UTF_8)).build(), Set.of(201, 409),
                token);
        if (response.statusCode() == 409) {
            return new Created(Answer.DUPLICATE, null);
        }
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new RemoteFailure(201, null, "ORCID created a work but gave no Location"));
        return new Created(Answer.OK, location.substring(location.lastIndexOf('/') + 1));
    }

    public Answer update(String orcid, String token, String putCode, String workXml) throws RemoteFailure {
        HttpResponse<String> response = calls.send(authorized(orcid + "/work/" + putCode, token)
                .header("Content-Type", ORCID_XML)
                .PUT(HttpRequest.BodyPublishers.ofString(WorkIdentifiers.withPutCode(workXml, putCode),
                        StandardCharsets.UTF_8)).build(), Set.of(200, 404, 409), token);
        return switch (response.statusCode()) {
            case 404 -> Answer.NOT_FOUND;
            case 409 -> Answer.DUPLICATE;
            default -> Answer.OK;
        };
    }

    /** Removes the work; one that is already gone counts as removed. */
    public void delete(String orcid, String token, String putCode) throws RemoteFailure {
        calls.send(authorized(orcid + "/work/" + putCode, token).DELETE().build(), Set.of(204, 200, 404), token);
    }

    /**
     * The put-code of the work this server's client wrote in the researcher's record that has one of the self
     * identifiers of {@code workXml}. Works other sources (the researcher, DataCite's auto-update) added are not
     * ours to change.
     */
    public Optional<String> findSame(String orcid, String token, String workXml) throws RemoteFailure {
        return findSame(orcid, token, WorkIdentifiers.selfIds(workXml));
    }

    Optional<String> findSame(String orcid, String token, Set<WorkIdentifiers.SelfId> selfIds) throws RemoteFailure {
        HttpResponse<String> response = calls.send(authorized(orcid + "/works", token).GET().build(), Set.of(200),
                token);
        return WorkIdentifiers.matchingPutCode(response.body(), selfIds, clientId);
    }

    private HttpRequest.Builder authorized(String path, String token) {
        return calls.request(apiUrl, "/v3.0/" + path)
                .header("Accept", ORCID_XML)
                .header("Authorization", "Bearer " + token);
    }
}
