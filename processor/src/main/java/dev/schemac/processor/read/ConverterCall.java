package dev.schemac.processor.read;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Calls a loaded converter's {@code convertToDatabaseColumn} on given values, as Hibernate does while it builds
 * its schema: on a daemon thread with the converter's class loader, bounded in time, so that a converter that
 * hangs or fails never hangs or crashes javac.
 */
final class ConverterCall {
    /** How long one converter may take for all its values, its class initialization included. */
    static final long LIMIT_SECONDS = 5;

    /** What a call gives: the converted values in the order of the inputs, or why there are none. */
    record Result(List<Object> values, String problem) {
        static Result problem(String problem) {
            return new Result(null, problem);
        }
    }

    /** Thrown inside the call with a message for the user. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private ConverterCall() {
    }

    /**
     * Converts each input.
     *
     * @param inputs the domain values, made in the converter's class loader
     * @param names how each input is named in a message
     * @param databaseType the converter's database type, which every value must be an instance of
     * @param nullInput whether to convert {@code null} too, as Hibernate does for Booleans: its value is appended
     *        when not null, and a {@link NullPointerException} for it is ignored
     */
    static Result run(Class<?> converter, Function<ClassLoader, List<Object>> inputs, Function<Object, String> names,
            String databaseType, boolean nullInput) {
        FutureTask<List<Object>> task = new FutureTask<>(() -> convert(converter, inputs, names, databaseType,
                nullInput));
        Thread thread = new Thread(task, "schemac converter " + converter.getName());
        thread.setDaemon(true); // one that never returns must not keep javac's JVM alive
        thread.setContextClassLoader(converter.getClassLoader());
        thread.start();
        try {
            return new Result(task.get(LIMIT_SECONDS, TimeUnit.SECONDS), null);
        } catch (TimeoutException e) {
            task.cancel(true);
            return Result.problem("did not return within " + LIMIT_SECONDS + " s; a converter must convert"
                    + " without waiting for anything");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Result.problem(cause instanceof Refused ? cause.getMessage() : "failed: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.problem("was interrupted");
        }
    }

    private static List<Object> convert(Class<?> converter, Function<ClassLoader, List<Object>> inputs,
            Function<Object, String> names, String databaseType, boolean nullInput) throws Refused {
        ClassLoader loader = converter.getClassLoader();
        Object instance;
        Method method;
        Class<?> expected;
        try {
            var constructor = converter.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
            method = Class.forName("jakarta.persistence.AttributeConverter", false, loader)
                    .getMethod("convertToDatabaseColumn", Object.class);
            expected = Class.forName(databaseType, false, loader);
        } catch (NoSuchMethodException e) {
            throw new Refused("has no constructor without parameters, which Hibernate needs to create it");
        } catch (InvocationTargetException e) {
            throw new Refused("cannot be created: its constructor throws " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new Refused("cannot be created: " + e);
        }
        List<Object> values = new ArrayList<>();
        for (Object input : inputs.apply(loader)) {
            Object value = call(method, instance, input, names.apply(input));
            if (value == null) {
                throw new Refused("returns null for " + names.apply(input) + "; every value needs a database value"
                        + " for Hibernate's check of the column");
            }
            if (!expected.isInstance(value)) {
                throw new Refused("returns a " + value.getClass().getName() + " for " + names.apply(input)
                        + ", not the " + databaseType + " it declares");
            }
            values.add(value);
        }
        if (nullInput) {
            try {
                Object value = method.invoke(instance, (Object) null);
                if (value != null) {
                    values.add(value);
                }
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof NullPointerException)) {
                    throw new Refused("throws " + e.getCause() + " for null");
                }
            } catch (IllegalAccessException e) {
                throw new Refused("cannot be called: " + e);
            }
        }
        return values;
    }

    private static Object call(Method method, Object instance, Object input, String name) throws Refused {
        try {
            return method.invoke(instance, input);
        } catch (InvocationTargetException e) {
            throw new Refused("throws " + e.getCause() + " for " + name);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new Refused("cannot be called for " + name + ": " + e);
        }
    }
}
