package io.bitewing.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the JDBC statements the calling thread prepares, and the transactions it commits, while it runs some work, so
 * a test can hold a code path to a fixed number of round trips. Component-scanned into the one shared test context; counting costs nothing when off.
 */
@Configuration(proxyBeanMethods = false)
public class StatementCounter {

    /** Statements prepared, then commits, on this thread. */
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The work's result, the statements it prepared and the transactions it committed on this thread. */
    public record Counted<T>(T result, int statements, int commits) {}

    public static <T> Counted<T> count(Supplier<T> work) {
        COUNT.set(new int[2]);
        try {
            T result = work.get();
            return new Counted<>(result, COUNT.get()[0], COUNT.get()[1]);
        } finally {
            COUNT.remove();
        }
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds ? proxy(ds, DataSource.class, AutoCloseable.class) : bean;
            }
        };
    }

    private static Object proxy(Object target, Class<?>... interfaces) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection c && method.getName().equals("getConnection")) {
                return proxy(c, Connection.class);
            }
            if (target instanceof Connection && COUNT.get() != null) {
                if (isStatement(method)) {
                    COUNT.get()[0]++;
                } else if (method.getName().equals("commit")) {
                    COUNT.get()[1]++;
                }
            }
            return result;
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static boolean isStatement(Method m) {
        return switch (m.getName()) {
            case "prepareStatement", "prepareCall", "createStatement" -> true;
            default -> false;
        };
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
