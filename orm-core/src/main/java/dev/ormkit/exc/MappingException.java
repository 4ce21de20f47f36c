package dev.ormkit.exc;

/**
 * A mapped class is declared wrongly: no primary key, a relationship that cannot be inferred,
 * an unsupported field type. Raised when the mapping is built (at start-up), never mid-request;
 * the message names the class, the field and what to change.
 */
public class MappingException extends OrmException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A message about {@code field} of {@code type}: "Class.field: problem. fix". */
    public static MappingException at(Class<?> type, String field, String problem, String fix) {
        return new MappingException(type.getName() + "." + field + ": " + problem + ". " + fix);
    }

    /** A message about {@code type} as a whole. */
    public static MappingException at(Class<?> type, String problem, String fix) {
        return new MappingException(type.getName() + ": " + problem + ". " + fix);
    }
}
