package org.newsgraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.NewsGraphException;

/**
 * Fuseki over the NewsGraph store: dataset {@code /newsgraph} with {@code sparql} (SPARQL 1.1 query, GET and POST)
 * {@code get} (Graph Store Protocol, read only) and {@code shacl} (POST shapes, e.g. {@code ontology/shapes.ttl}, to
 * {@code shacl?graph=union} for a validation report of the whole dataset), and the Fuseki UI at {@code /}.
 *
 * <pre>{@code
 * NewsGraphServer s = NewsGraphServer.create().dataset(store.dataset()).port(0).build().start();
 * String endpoint = s.sparqlUrl();
 * s.stop();
 * }</pre>
 */
public final class NewsGraphServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/newsgraph";

    private final FusekiServer fuseki;
    private final String host;

    private NewsGraphServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder create() {
        return new Builder();
    }

    public NewsGraphServer start() {
        fuseki.start();
        return this;
    }

    /** The port the server listens on (the one picked, when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            h = "localhost";
        }
        return "http://" + h + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** The URLs served, one per line of what {@code serve} prints. */
    public List<String> urls() {
        return List.of(
                "SPARQL query:   " + sparqlUrl(),
                "Graph store:    " + baseUrl() + DATASET + "/get",
                "SHACL:          " + baseUrl() + DATASET + "/shacl?graph=union (POST shapes as text/turtle)",
                "Fuseki UI:      " + baseUrl() + "/");
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Builds a server; {@link #build()} checks the settings. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private String host = "127.0.0.1";
        private boolean ui = true;

        public Builder dataset(DatasetGraph d) {
            this.dataset = d;
            return this;
        }

        /** Port to listen on; 0 picks a free one. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** Address to bind: {@code 127.0.0.1} (default), {@code 0.0.0.0} for all, or a local address. */
        public Builder host(String h) {
            this.host = h;
            return this;
        }

        public Builder ui(boolean enable) {
            this.ui = enable;
            return this;
        }

        public NewsGraphServer build() {
            Objects.requireNonNull(dataset, "dataset");
            if (port < 0 || port > 65535) {
                throw new NewsGraphException("port must be between 0 and 65535, got " + port);
            }
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new NewsGraphException("cannot resolve host '" + host + "': use an address such as 127.0.0.1 or 0.0.0.0");
            }
            DataService service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Shacl, "shacl")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R)
                    .build();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .add(DATASET, service)
                    .enablePing(true)
                    .enableStats(true);
            if (ui) {
                FusekiUi.install(b);
            }
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new NewsGraphServer(server, host);
        }
    }
}
