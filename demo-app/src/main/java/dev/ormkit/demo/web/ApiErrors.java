package dev.ormkit.demo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.ormkit.demo.api.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the Conduit API as its spec has them: {@code {"errors": {"body": [...]}}}. */
@RestControllerAdvice(assignableTypes = {ConduitUsersController.class, ProfilesController.class,
        ArticlesController.class})
public class ApiErrors {
    /** A failure a service raised on purpose. */
    @ExceptionHandler(ApiException.class)
    public ResponseEntity<Map<String, Object>> api(ApiException e) {
        return body(e.status(), List.of(e.getMessage()));
    }

    /** Bean Validation failures, one message each, in a stable order. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        List<String> messages = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            messages.add(error.getDefaultMessage());
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> messages.add(g.getDefaultMessage()));
        messages.sort(null);
        return body(HttpStatus.UNPROCESSABLE_CONTENT, messages);
    }

    /** A body that is not JSON, or not the expected shape. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.UNPROCESSABLE_CONTENT, List.of("request body is missing or not valid JSON"));
    }

    /** A query or path parameter of the wrong type ({@code limit=abc}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.UNPROCESSABLE_CONTENT, List.of(e.getName() + " is not valid"));
    }

    /**
     * A unique constraint said no (DuplicateKeyException is one of these): the user name or
     * e-mail is taken, found by the database rather than by a racy look-up first.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<Map<String, Object>> duplicate(DataIntegrityViolationException e) {
        return body(HttpStatus.UNPROCESSABLE_CONTENT, List.of(DuplicateKeys.describe(e)));
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, List<String> messages) {
        return ResponseEntity.status(status).body(Map.of("errors", Map.of("body", messages)));
    }

    /** Names what was taken from the constraint or column in the database's message. */
    static final class DuplicateKeys {
        private DuplicateKeys() {
        }

        /** Whether the violated key is a tag's name or an article's slug (worth a new attempt). */
        static boolean isTagOrSlug(Throwable e) {
            String all = messages(e);
            return names(all, "tags", "name") || names(all, "articles", "slug");
        }

        private static String messages(Throwable e) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = e; t != null && text.length() < 10_000; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            return text.toString().toLowerCase(Locale.ROOT);
        }

        static String describe(Throwable e) {
            String all = messages(e);
            // constraint or column as each database names it: uq_users_email (PostgreSQL, MariaDB),
            // USERS(EMAIL ...) (H2), users.email (SQLite)
            if (names(all, "users", "username")) {
                return "username has already been taken";
            }
            if (names(all, "users", "email")) {
                return "email has already been taken";
            }
            if (names(all, "articles", "slug")) {
                return "an article with this title was just published; try again";
            }
            return "this conflicts with existing data";
        }

        private static boolean names(String message, String table, String column) {
            return message.contains(table + "_" + column) || message.contains(table + "." + column)
                    || message.contains(table + "(" + column);
        }
    }
}
