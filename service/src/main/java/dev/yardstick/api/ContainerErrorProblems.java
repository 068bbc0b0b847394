package dev.yardstick.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Requests Tomcat refuses before any servlet sees them (an encoded slash, backslash or NUL in
 * the path) are answered by the host's error report valve, by default as an HTML page. This one
 * answers them as problem+json like every other refusal.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat instantiates it by class name: public, with a public no-argument constructor. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            // as the default valve: nothing for non-errors, for responses already written, or errors reported already
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            String title = status == null ? "Error" : status.getReasonPhrase();
            String json = "{\"type\":\"" + Problems.BASE + Problems.typeOf(HttpStatusCode.valueOf(code)) + "\",\"title\":\"" + title
                    + "\",\"status\":" + code + ",\"detail\":\"The request was refused before it reached Yardstick"
                    + (code == 400 ? " (an encoded '/', '\\\\' or NUL in the path?): send the plain path, e.g. /api/documents" : "")
                    + ".\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away or the response was committed meanwhile: nothing more to say
            }
        }
    }
}
