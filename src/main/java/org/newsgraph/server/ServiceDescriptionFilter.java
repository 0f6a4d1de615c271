package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;

/**
 * SPARQL 1.1 Service Description: a {@code GET} of a query endpoint without a query returns the description of the
 * service (Fuseki 5.6 answers 404 there). It is the same document as {@code /.well-known/void}, which holds both the
 * VoID of the dataset and the {@code sd:Service} of the endpoint; content negotiation as for every resource.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final Set<String> ENDPOINTS = Set.of(NewsGraphServer.DATASET + "/sparql",
            NewsGraphServer.DATASET + "/query");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (ENDPOINTS.contains(path) && http.getQueryString() == null
                && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            req.getRequestDispatcher("/.well-known/void").forward(req, resp);
            return;
        }
        chain.doFilter(req, resp);
    }
}
