package org.newsgraph.server;

import java.time.Duration;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoints of dataset {@code /newsgraph}: public {@code sparql} and {@code query} (SPARQL query) and {@code get}
 * (Graph Store Protocol, read), and, only when {@code writable}, {@code update} and {@code data} for the users of the
 * password file ({@link Auth#ANY_USER}: any user who authenticates). Every query and update endpoint carries the
 * timeout in its context ({@code arq:queryTimeout}, {@code arq:updateTimeout}); a client's {@code timeout}
 * parameter can shorten it, never lengthen it.
 */
final class Endpoints {
    private Endpoints() {}

    static DataService dataService(DatasetGraph dataset, Duration timeout, boolean writable) {
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        limits.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
        DataService.Builder b = DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, "sparql", limits))
                .addEndpoint(endpoint(Operation.Query, "query", limits))
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Shacl, "shacl")
                .addEndpoint(endpoint(Operation.Query, "", limits))
                .addEndpoint(Operation.GSP_R);
        if (writable) {
            b.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                            .authPolicy(Auth.ANY_USER).context(limits).build())
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return b.build();
    }

    private static Endpoint endpoint(Operation op, String name, Context context) {
        return Endpoint.create().operation(op).endpointName(name).context(context).build();
    }
}
