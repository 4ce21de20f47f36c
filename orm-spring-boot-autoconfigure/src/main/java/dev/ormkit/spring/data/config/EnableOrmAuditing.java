package dev.ormkit.spring.data.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Fills Spring Data's {@code @CreatedDate}, {@code @CreatedBy}, {@code @LastModifiedDate} and
 * {@code @LastModifiedBy} fields of mapped objects when a flush writes them: the created and
 * modified ones before an INSERT, the modified ones before an UPDATE of changed columns. The
 * values come from Spring Data's own {@code AuditingHandler}, the auditor from an
 * {@code AuditorAware} bean, the time from a {@code DateTimeProvider} bean if there is one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(OrmAuditingRegistrar.class)
public @interface EnableOrmAuditing {

    /** The name of the {@code AuditorAware} bean; by default the one bean of that type, if any. */
    String auditorAwareRef() default "";

    /** Whether the date fields are set. */
    boolean setDates() default true;

    /** Whether an INSERT also sets the last-modified fields (to the creation values). */
    boolean modifyOnCreate() default true;

    /** The name of the {@code DateTimeProvider} bean; by default the current time. */
    String dateTimeProviderRef() default "";
}
