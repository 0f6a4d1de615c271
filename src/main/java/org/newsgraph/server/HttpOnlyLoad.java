package org.newsgraph.server;

import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateException;

/**
 * Closes SPARQL Update's {@code LOAD} to everything but {@code http:} and {@code https:} IRIs. Jena 5.6's update
 * engine reads whatever IRI {@code LOAD} names, {@code file:} included, so an authorised client could otherwise copy
 * any file the server can read into the store. Jena has no setting for this; the engine factory registered here
 * comes first in {@link UpdateEngineRegistry} and wraps the standard engine with a worker that refuses other schemes
 * (even under {@code SILENT}: the refusal is a policy, not a load failure).
 */
final class HttpOnlyLoad implements UpdateEngineFactory {
    private static final HttpOnlyLoad INSTANCE = new HttpOnlyLoad();

    private HttpOnlyLoad() {}

    /** Registers the restriction for every update run in this JVM; idempotent. */
    static synchronized void install() {
        if (!UpdateEngineRegistry.containsFactory(INSTANCE)) {
            UpdateEngineRegistry.addFactory(INSTANCE);
        }
    }

    /** True for the IRIs {@code LOAD} may read. */
    static boolean allowed(String iri) {
        String s = iri.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    @Override
    public boolean accept(DatasetGraph dsg, Context context) {
        return true;
    }

    @Override
    public UpdateEngine create(DatasetGraph dsg, Binding binding, Context context) {
        return new UpdateEngineMain(dsg, binding, context) {
            @Override
            protected UpdateVisitor prepareWorker() {
                return new UpdateEngineWorker(dsg, binding, context) {
                    @Override
                    public void visit(UpdateLoad load) {
                        if (!allowed(load.getSource())) {
                            throw new UpdateException("LOAD <" + load.getSource()
                                    + "> refused: this server loads only http: and https: IRIs");
                        }
                        super.visit(load);
                    }
                };
            }
        };
    }
}
