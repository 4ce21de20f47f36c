package dev.ormkit.demo.api;

import org.springframework.http.HttpStatus;

/** A failure the API reports as {@code {"errors": {"body": [message]}}} with its status. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;

    /** A failure with {@code status} and a message for the client. */
    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** 404: {@code what} does not exist. */
    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " not found");
    }

    /** 403: the reader may not change {@code what}. */
    public static ApiException forbidden(String what) {
        return new ApiException(HttpStatus.FORBIDDEN, "only the author may change this " + what);
    }

    /** 422: the request cannot be processed as sent. */
    public static ApiException unprocessable(String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    /** 401: credentials do not match. */
    public static ApiException unauthorized(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, message);
    }

    /** The HTTP status to answer with. */
    public HttpStatus status() {
        return status;
    }
}
