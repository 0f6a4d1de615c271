package org.newsgraph.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Plain Fuseki (the FusekiServer API with its defaults, loopback only) serving a TDB2 folder at {@code /ds}: the
 * limit NewsGraph's server is measured against. ({@code FusekiMainCmd} needs log4j-core, which the NewsGraph jar
 * does not carry: it logs through slf4j-simple.) Runs until killed.
 *
 * <pre>java -cp target/benchmarks.jar org.newsgraph.bench.PlainFuseki STORE PORT</pre>
 */
public final class PlainFuseki {
    private PlainFuseki() {}

    public static void main(String[] args) {
        FusekiServer.create().port(Integer.parseInt(args[1])).loopback(true)
                .add("/ds", DatabaseMgr.connectDatasetGraph(args[0])).build().start().join();
    }
}
