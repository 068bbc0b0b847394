package dev.yardstick.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Makes every problem a controller or {@link ProblemHandler} answers with {@link Problems#shown safe
 * to show}, and logs it, as it is written: one place sees them all, so no handler can forget. (Problems the security filters write go through
 * {@link ProblemWriter}, which logs them itself.)
 */
@ControllerAdvice
class RefusalLogAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true; // the declared type may be Object or ResponseEntity<?>: the body itself is checked below
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Problems.shown(problem);
            RequestLog.refused(request instanceof ServletServerHttpRequest servlet ? servlet.getServletRequest() : null, problem);
        }
        return body;
    }
}
