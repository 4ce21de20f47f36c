package dev.ormkit.spring.data.rq;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** A bare repository declaring methods of the base implementation, some with covariant return types. */
public interface RqBareBookRepository extends Repository<RqBook, Long> {

    Collection<RqBook> findAll();

    Page<RqBook> findAll(Pageable pageable);

    Optional<RqBook> findById(Long id);

    long count();

    RqBook save(RqBook book);
}
