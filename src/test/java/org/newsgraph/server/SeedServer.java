package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.TestStores;
import org.newsgraph.store.NewsGraphStore;

/** A store holding the seed articles, for server tests; plus a small HTTP client. */
final class SeedServer {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private SeedServer() {}

    static NewsGraphStore seedStore(Path dir) {
        NewsGraphStore store = NewsGraphStore.open(dir);
        assertEquals(List.of(), TestStores.ingest(store, List.of(TestStores.seeds())).failures());
        return store;
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(HttpRequest req) throws Exception {
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
