package dev.ormkit.spring.data;

import java.lang.reflect.Method;
import java.util.stream.Stream;
import dev.ormkit.spring.data.query.Modifying;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Transactions for the query methods of a repository interface (the base class's methods
 * carry their own {@code @Transactional}): a method's own {@code @Transactional} wins; else
 * reads run read-only and {@code deleteBy}/{@code removeBy}/{@link Modifying} methods
 * read-write, joining the caller's transaction. A method returning a {@link Stream} needs the
 * caller's transaction (the stream reads rows after the method returns), so it runs with
 * MANDATORY propagation and fails clearly without one.
 */
final class QueryMethodTransactions implements TransactionAttributeSource {
    private final RepositoryInformation repository;
    private final AnnotationTransactionAttributeSource annotations = new AnnotationTransactionAttributeSource();

    private QueryMethodTransactions(RepositoryInformation repository) {
        this.repository = repository;
    }

    /** The interceptor for {@code repository}'s query methods, with the named transaction manager. */
    static TransactionInterceptor interceptor(RepositoryInformation repository, BeanFactory beanFactory,
                                              @Nullable String transactionManager) {
        TransactionInterceptor interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(new QueryMethodTransactions(repository));
        if (transactionManager != null && !transactionManager.isEmpty()) {
            interceptor.setTransactionManagerBeanName(transactionManager);
        }
        interceptor.setBeanFactory(beanFactory);
        return interceptor;
    }

    @Override
    public @Nullable TransactionAttribute getTransactionAttribute(Method method, @Nullable Class<?> targetClass) {
        if (method.getDeclaringClass() == OrmPredicateExecutor.class) {
            RuleBasedTransactionAttribute read = new RuleBasedTransactionAttribute();
            read.setReadOnly(true); // a fragment's methods: neither the base class's nor a query method's rules reach them
            return read;
        }
        if (!repository.isQueryMethod(method)) {
            return null; // the base class's methods: their own @Transactional applies
        }
        TransactionAttribute declared = annotations.getTransactionAttribute(method, repository.getRepositoryInterface());
        if (declared != null) {
            return declared;
        }
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        String name = method.getName();
        boolean writes = AnnotatedElementUtils.hasAnnotation(method, Modifying.class) || name.startsWith("delete")
                || name.startsWith("remove");
        attribute.setReadOnly(!writes);
        if (Stream.class.isAssignableFrom(method.getReturnType())) {
            attribute.setPropagationBehavior(TransactionAttribute.PROPAGATION_MANDATORY);
        }
        return attribute;
    }
}
