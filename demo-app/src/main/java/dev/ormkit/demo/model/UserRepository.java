package dev.ormkit.demo.model;

import java.util.Optional;
import dev.ormkit.spring.data.OrmRepository;

/** Users, as a Spring Data repository: the guide's {@code filter_by} queries as method names. */
public interface UserRepository extends OrmRepository<User, Long> {
    /** {@code session.query(User).filter_by(username=...).first()}. */
    Optional<User> findByUsername(String username);

    /** {@code session.query(User).filter_by(email=...).first()}. */
    Optional<User> findByEmail(String email);
}
