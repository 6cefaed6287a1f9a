package org.interopserver.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        String credentials = account.user() + ":" + account.password();
        HttpRequest request = calls.request(URI.create(base() + "/dois/" + doi))
                .header("Content-Type", JSON_API)
                .header("Accept", JSON_API)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        calls.send(request, Set.of(200, 201));
    }

    private String base() {
        String url = account.apiUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
