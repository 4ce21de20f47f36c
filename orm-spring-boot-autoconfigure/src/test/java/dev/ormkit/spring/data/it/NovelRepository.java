package dev.ormkit.spring.data.it;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;

public interface NovelRepository extends OrmRepository<Novel, Long> {

    List<Novel> findByWriterNameOrderByTitle(String name);

    long deleteByPagesLessThan(int pages);

    int deleteByTitleStartingWith(String prefix);
}
