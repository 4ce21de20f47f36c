package dev.ormkit.spring.data.broken.rqempty;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.rq.RqBook;

public interface ToOneIsEmptyRepository extends OrmRepository<RqBook, Long> {

    List<RqBook> findByAuthorIsEmpty();
}
