package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies over a limit with 413: at once when {@code Content-Length} says so, and while reading
 * when the body is chunked (the stream fails as the limit is passed, so nothing past it is parsed).
 */
final class BodyLimitFilter implements Filter {
    private final long limit;

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        long declared = http.getContentLengthLong();
        if (declared > limit) {
            refuse((HttpServletResponse) resp, declared);
            return;
        }
        chain.doFilter(declared >= 0 ? req : new Limited(http, limit), resp);
    }

    private void refuse(HttpServletResponse resp, long size) throws IOException {
        resp.setHeader("Connection", "close");
        resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "request body of " + size + " bytes is over this server's limit of " + limit + " bytes");
    }

    /** A request whose body stream fails once more than {@code limit} bytes were read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;

        Limited(HttpServletRequest req, long limit) {
            super(req);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        check(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) {
                        check(n);
                    }
                    return n;
                }

                private void check(int n) throws IOException {
                    count += n;
                    if (count > limit) {
                        throw new IOException("request body over this server's limit of " + limit + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener l) {
                    in.setReadListener(l);
                }
            };
        }
    }
}
