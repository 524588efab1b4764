package vn.bansao.portal.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same headers on every answer: no MIME sniffing, no referrer, and a content security policy under which
 * the page and its script come from this service only (thumbnails are {@code data:} URIs).
 *
 * <pre>{@code
 * new FilterRegistrationBean<>(new SecurityHeadersFilter());   // as PortalApplication registers it
 * }</pre>
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CSP);
        chain.doFilter(request, response);
    }
}
