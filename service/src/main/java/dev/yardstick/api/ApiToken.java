package dev.yardstick.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The bearer token of {@code yardstick.api.token} (RFC 6750 {@code Authorization: Bearer}):
 * read from the request by {@link #converter()}, checked by {@link #provider()} in constant time.
 */
final class ApiToken {

    /** The principal every holder of the token authenticates as. */
    static final String CLIENT = "api-client";

    private static final String SCHEME = "Bearer ";

    private final ApiProperties properties;

    ApiToken(ApiProperties properties) {
        this.properties = properties;
    }

    /** Presented but not yet checked; {@link #provider()} turns it into an authenticated one or refuses it. */
    static final class Presented extends AbstractAuthenticationToken {
        private final String token;

        Presented(String token, boolean authenticated) {
            super(authenticated ? List.of(new SimpleGrantedAuthority("ROLE_API")) : List.of());
            this.token = token;
            setAuthenticated(authenticated);
        }

        @Override
        public Object getCredentials() {
            return isAuthenticated() ? null : token; // never kept once checked
        }

        @Override
        public Object getPrincipal() {
            return CLIENT;
        }
    }

    /** Null (anonymous) without an Authorization header; a bearer token otherwise, even an empty one. */
    AuthenticationConverter converter() {
        return request -> {
            String header = request.getHeader("Authorization");
            if (header == null) {
                return null;
            }
            boolean bearer = header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
            return new Presented(bearer ? header.substring(SCHEME.length()).strip() : "", false);
        };
    }

    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                if (!properties.hasToken()) {
                    throw new BadCredentialsException("no API token is configured");
                }
                if (!matches((String) authentication.getCredentials())) {
                    throw new BadCredentialsException("wrong API token");
                }
                return new Presented(null, true);
            }

            @Override
            public boolean supports(Class<?> type) {
                return Presented.class.isAssignableFrom(type);
            }
        };
    }

    /** True when the request carries the configured token; for answers given before authentication runs. */
    boolean presentedBy(HttpServletRequest request) {
        Authentication presented = converter().convert(request);
        return properties.hasToken() && presented != null && matches((String) presented.getCredentials());
    }

    /** Constant time: how much of a guess is right must not show in how long the answer takes. */
    private boolean matches(String presented) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), properties.token().getBytes(StandardCharsets.UTF_8));
    }
}
