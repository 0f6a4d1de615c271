package org.newsgraph.server;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.newsgraph.NewsGraphException;

/**
 * Mounts the Fuseki UI (the {@code webapp} of {@code jena-fuseki-ui} on the class path) at {@code /}, with the
 * read-only parts of the admin protocol it needs: {@code /$/server} (dataset list), {@code /$/stats} and the
 * validators. Fuseki's own UI module expects a full Fuseki installation area (server control), which an embedded
 * server has not; the dataset-management endpoints ({@code /$/datasets}) are deliberately not mounted.
 */
final class FusekiUi {
    private FusekiUi() {}

    static void install(FusekiServer.Builder b) {
        URL webapp = FusekiUi.class.getClassLoader().getResource("webapp/index.html");
        if (webapp == null) {
            throw new NewsGraphException("the Fuseki UI (jena-fuseki-ui, resource webapp/) is not on the class path");
        }
        String base = webapp.toExternalForm();
        b.staticFileBase(base.substring(0, base.length() - "index.html".length()))
                .addProcessor("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .enableStats(true);
    }
}
