package dev.ormkit.spring.data.rq;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.rq.Projections.BookPages;
import dev.ormkit.spring.data.rq.Projections.BookView;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

public interface RqBookRepository extends OrmRepository<RqBook, Long> {

    List<BookView> findByPagesGreaterThanOrderByTitle(int pages);

    List<RqBook> findByAuthorOrderByTitle(RqAuthor author);

    List<RqBook> findByAuthorNotOrderByTitle(RqAuthor author);

    List<RqBook> findByAuthorIsNull();

    List<RqBook> findByTagsIsNotEmptyOrderByTitle();

    long countByTagsIsEmpty();

    List<RqBook> findByPagesGreaterThanOrderByPagesAscTitleAsc(int pages, Limit limit);

    Window<RqBook> findFirst3ByOrderByPagesAsc(ScrollPosition position);

    Window<RqBook> findByPagesGreaterThan(int pages, ScrollPosition position, Sort sort, Limit limit);

    Window<BookPages> findTop3ByOrderByPagesDesc(ScrollPosition position);
}
