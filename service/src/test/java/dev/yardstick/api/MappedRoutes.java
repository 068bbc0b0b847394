package dev.yardstick.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running service maps (controllers, actuator, OpenAPI), each written the ways an
 * attacker would to slip past a check on the raw URI: path parameters, percent-encoding, double and
 * trailing slashes, other letter case.
 */
final class MappedRoutes {

    /** One request: method and raw path, exactly as sent on the wire. */
    record Probe(String method, String route, String rawPath) {
        boolean isRead() {
            return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> WRITES = List.of("POST", "PUT", "DELETE", "PATCH");

    private MappedRoutes() {
    }

    /** Method and path pattern of every mapping in every handler mapping of the context. */
    static Set<Probe> routes(ApplicationContext context) {
        Set<Probe> routes = new LinkedHashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String path = concrete(pattern);
                    if (methods.isEmpty()) {
                        routes.add(new Probe("GET", pattern, path));
                        routes.add(new Probe("POST", pattern, path));
                    }
                    methods.forEach(m -> routes.add(new Probe(m.name(), pattern, path)));
                }
            }
        }
        return routes;
    }

    /** Each route by its own method and, for a read route, by every write method too; each in every variant. */
    static List<Probe> probes(Set<Probe> routes) {
        List<Probe> out = new ArrayList<>();
        for (Probe r : routes) {
            List<String> methods = new ArrayList<>(List.of(r.method()));
            if (r.isRead()) {
                methods.addAll(WRITES);
            }
            for (String method : methods) {
                for (String variant : variants(r.rawPath())) {
                    out.add(new Probe(method, r.route(), variant));
                }
            }
        }
        return out;
    }

    static List<String> variants(String path) {
        String[] segments = path.substring(1).split("/");
        Set<String> out = new LinkedHashSet<>();
        out.add(path);
        out.add("/" + segments[0] + ";x" + rest(segments, 1));
        out.add("/" + segments[0] + ";" + rest(segments, 1));
        out.add(path + ";jsessionid=1");
        out.add("/%" + Integer.toHexString(segments[0].charAt(0)) + segments[0].substring(1) + rest(segments, 1));
        StringBuilder allEncoded = new StringBuilder();
        for (String s : segments) {
            allEncoded.append("/%").append(Integer.toHexString(s.charAt(0))).append(s.substring(1));
        }
        out.add(allEncoded.toString());
        out.add("/" + path);
        out.add(path.replace("/", "//"));
        out.add(path + "/");
        out.add(path.toUpperCase(Locale.ROOT));
        out.add("/" + Character.toUpperCase(segments[0].charAt(0)) + segments[0].substring(1) + rest(segments, 1));
        out.add("/" + segments[0] + "/." + rest(segments, 1));
        return List.copyOf(out);
    }

    static HttpResponse<String> send(int port, Probe probe, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe.rawPath()))
                .timeout(Duration.ofSeconds(20))
                .method(probe.method(), probe.isRead() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("x"))
                .header("Content-Type", "text/plain");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rest(String[] segments, int from) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < segments.length; i++) {
            s.append('/').append(segments[i]);
        }
        return s.toString();
    }

    /** A pattern made a real path: variables get a real indicator id, wildcards a name. */
    private static String concrete(String pattern) {
        String path = pattern.replaceAll("\\{\\*?[^}]*}", "teen_pregnancy_rate").replace("**", "x").replace("*", "x");
        return path.isEmpty() ? "/" : path;
    }

    /**
     * The review page's refusals are a browser's (ReviewSecurity): without a session a request is
     * sent to the sign-in form (302), and a POST without the CSRF token is refused first (403).
     * The sign-in form itself is public. A spelling the review chain does not match (letter case,
     * path parameters) falls to the API chain, which answers 401. Never the page or a decision.
     */
    static boolean refusedByTheReviewPage(Probe probe, HttpResponse<String> answer) {
        if (probe.route().equals("/review/sign-in") && probe.isRead() && answer.statusCode() == 200) {
            return true; // the form, which holds nothing but a CSRF token
        }
        return answer.statusCode() == 403 || answer.statusCode() == 401
                || answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/review/sign-in");
    }
}
