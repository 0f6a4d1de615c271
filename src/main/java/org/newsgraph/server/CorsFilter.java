package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter with settings from code rather than from a properties file: the allowed origins
 * ({@code *} for any), never credentials (a browser page from another origin can read, but not with the user's
 * password), and the methods and headers SPARQL clients send.
 */
final class CorsFilter implements Filter {
    private final CrossOriginFilter delegate = new CrossOriginFilter();
    private final Map<String, String> params;

    CorsFilter(String origins) {
        this.params = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, origins,
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,PUT,DELETE,HEAD,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM,
                "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM,
                "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma,Link",
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        delegate.doFilter(req, resp, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
