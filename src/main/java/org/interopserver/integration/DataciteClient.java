package org.interopserver.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The DataCite REST API calls the server makes: {@code PUT /dois/{doi}} with a JSON:API body, which creates or
 * updates the DOI and moves it between states with {@code event}.
 */
public final class DataciteClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_API = "application/vnd.api+json";

    private final DataciteAccount account;
    private final RemoteCalls calls;

    public DataciteClient(DataciteAccount account, RemoteCalls calls) {
        this.account = account;
        this.calls = calls;
    }

    /** Registers or updates the DOI with this metadata and landing page, and makes it findable. */
    public void publish(String doi, String landingPage, String dataciteXml) throws RemoteFailure {
        put(doi, attributes(doi, "publish", landingPage)
                .put("xml", Base64.getEncoder().encodeToString(dataciteXml.getBytes(StandardCharsets.UTF_8))));
    }

    /** Takes a findable DOI out of DataCite's search (state registered); it keeps resolving to {@code landingPage}. */
    public void hide(String doi, String landingPage) throws RemoteFailure {
        put(doi, attributes(doi, "hide", landingPage));
    }

    private static ObjectNode attributes(String doi, String event, String landingPage) {
        ObjectNode attributes = JSON.createObjectNode();
        attributes.put("doi", doi);
        attributes.put("event", event);
        attributes.put("url", landingPage);
        return attributes;
    }

    private void put(String doi, ObjectNode attributes) throws RemoteFailure {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", doi);
        data.put("type", "dois");
        data.set("attributes", attributes);
        ObjectNode body = JSON.createObjectNode();
        body.set("data", data);
        HttpRequest request = authorized(doi).header("Content-Type", JSON_API)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        calls.send(request, Set.of(200, 201), account.password(), basicCredentials());
    }

    /**
     * The DOI's state at DataCite ({@code draft}, {@code registered}, {@code findable}), or empty when DataCite does
     * not know it: asked when an earlier call may have reached DataCite without the server hearing back.
     */
    public Optional<String> state(String doi) throws RemoteFailure {
        HttpResponse<String> response = calls.send(authorized(doi).GET().build(), Set.of(200, 404),
                account.password(), basicCredentials());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        try {
            String state = JSON.readTree(response.body()).at("/data/attributes/state").asText("");
            return Optional.of(state);
        } catch (java.io.IOException e) {
            throw new RemoteFailure(200, null, "DataCite answered GET /dois/" + doi + " with unreadable JSON");
        }
    }

    private HttpRequest.Builder authorized(String doi) {
        return calls.request(account.apiUrl(), "/dois/" + doi).header("Accept", JSON_API)
                .header("Authorization", "Basic " + basicCredentials());
    }

    private String basicCredentials() {
        String credentials = account.user() + ":" + account.password();
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
