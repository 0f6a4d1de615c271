package org.newsgraph.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.NewsGraphException;

/**
 * Fuseki over the NewsGraph store: dataset {@code /newsgraph} with {@code sparql} (SPARQL 1.1 query, GET and POST)
 * and {@code get} (Graph Store Protocol, read only), and with a password file {@code update} and {@code data} for
 * its users ({@link Endpoints}); {@code shacl} (POST shapes to {@code shacl?graph=union} for a validation report); linked data for every NewsGraph IRI and the VoID ({@link LinkedDataServlet});
 * {@code /$/ping}, {@code /$/metrics}; the Fuseki UI at {@code /}. Queries stop at a timeout, {@code LOAD} reads
 * only http(s) ({@link HttpOnlyLoad}), CORS is open without credentials, large bodies get 413.
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
    private final PropertyUserStore users;
    private final boolean writable;

    private NewsGraphServer(FusekiServer fuseki, String host, PropertyUserStore users) {
        this.fuseki = fuseki;
        this.host = host;
        this.users = users;
        this.writable = users != null;
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
        List<String> urls = new java.util.ArrayList<>(List.of(
                "SPARQL query:   " + sparqlUrl(),
                "Graph store:    " + baseUrl() + DATASET + "/get",
                "SHACL:          " + baseUrl() + DATASET + "/shacl?graph=union (POST shapes as text/turtle)",
                "Fuseki UI:      " + baseUrl() + "/",
                "Linked data:    " + baseUrl() + "/id/state/kazakhstan (any https://w3id.org/newsgraph/ IRI's path)",
                "VoID:           " + baseUrl() + "/.well-known/void",
                "Metrics:        " + baseUrl() + "/$/metrics"));
        if (writable) {
            urls.add("SPARQL update: " + baseUrl() + DATASET + "/update (password)");
            urls.add("Graph store RW: " + baseUrl() + DATASET + "/data (password)");
        }
        return urls;
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
        if (users != null) {
            try {
                users.stop();
            } catch (Exception e) {
                throw new NewsGraphException("cannot close the password file's user store: " + e.getMessage(), e);
            }
        }
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
        private Path passwordFile;
        private Duration timeout = Duration.ofSeconds(30);
        private String corsOrigins = "*";
        private long maxBodyBytes = 10L << 20;

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

        /**
         * Mounts {@code update} (SPARQL Update) and {@code data} (Graph Store Protocol, read-write) behind HTTP Basic
         * authentication for the users of this Jetty password file ({@code user: password} per line). Without it
         * they are not mounted at all.
         */
        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        /** Time after which a query (or update) is stopped; default 30 s. */
        public Builder timeout(Duration t) {
            this.timeout = t;
            return this;
        }

        /** CORS allowed origins, comma-separated, {@code *} for any (the default); never with credentials. */
        public Builder corsOrigins(String origins) {
            this.corsOrigins = origins;
            return this;
        }

        /** Largest request body accepted, in bytes (default 10 MB); larger ones get 413. */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
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
            checkSettings();
            HttpOnlyLoad.install();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .add(DATASET, Endpoints.dataService(dataset, timeout, passwordFile != null))
                    .enablePing(true)
                    .enableStats(true)
                    .enableMetrics(true)
                    .enableCors(false)
                    .addFilter("/*", new CorsFilter(corsOrigins))
                    .addFilter("/*", new BodyLimitFilter(maxBodyBytes));
            PropertyUserStore users = null;
            if (passwordFile != null) {
                users = PasswordFile.read(passwordFile);
                b.securityHandler(JettySecurityLib.makeSecurityHandler("NewsGraph", users, AuthScheme.BASIC));
            } else {
                b.addFilter("/*", new NotMounted(java.util.Set.of(DATASET + "/update", DATASET + "/data")));
            }
            LinkedDataServlet.install(b, dataset, timeout);
            if (ui) {
                b.addFilter("/*", new UiHome());
                FusekiUi.install(b);
            }
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new NewsGraphServer(server, host, users);
        }

        private void checkSettings() {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new NewsGraphException("timeout must be positive, got " + timeout);
            }
            if (maxBodyBytes <= 0) {
                throw new NewsGraphException("body size limit must be positive, got " + maxBodyBytes);
            }
            if (corsOrigins == null || corsOrigins.isBlank()) {
                throw new NewsGraphException("CORS origins must be '*' or a comma-separated list of origins");
            }
        }
    }
}
