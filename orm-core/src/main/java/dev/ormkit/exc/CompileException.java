package dev.ormkit.exc;

/** A statement cannot be rendered for the target database (an unsupported construct, say). */
public class CompileException extends OrmException {
    private static final long serialVersionUID = 1L;

    public CompileException(String message) {
        super(message);
    }
}
