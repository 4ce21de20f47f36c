package dev.ormkit.spring.boot.autoconfigure;

import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.spring.web.OpenSessionInViewInterceptor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Open-in-view for Spring MVC ({@code orm.open-in-view}, on unless set to false): one ormkit
 * session per request, holding no connection between transactions.
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean({SessionFactory.class, OrmSessionContext.class})
@ConditionalOnBooleanProperty(name = "orm.open-in-view", matchIfMissing = true)
public class OrmWebMvcAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public OpenSessionInViewInterceptor ormOpenSessionInViewInterceptor(OrmSessionContext context) {
        return new OpenSessionInViewInterceptor(context);
    }

    @Bean
    public WebMvcConfigurer ormOpenSessionInViewConfigurer(OpenSessionInViewInterceptor interceptor) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addWebRequestInterceptor(interceptor);
            }
        };
    }
}
