package nl.xlascorecard.plugin.rest.dto;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.xlascorecard.core.shared.Page;

/**
 * One page of a list, as JSM's REST API pages:
 * {@code {"start":0,"limit":25,"size":n,"total":N,"isLastPage":true,"values":[...]}}.
 */
@JsonPropertyOrder({"start", "limit", "size", "total", "isLastPage", "values"})
public record PageDto<T>(int start, int limit, int size, long total,
                         @JsonProperty("isLastPage") boolean isLastPage, List<T> values) {

    public PageDto {
        values = List.copyOf(values);
    }

    public static <D, T> PageDto<T> from(Page<D> page, Function<? super D, ? extends T> toDto) {
        List<T> values = page.items().stream().<T>map(toDto).toList();
        return new PageDto<>(page.start(), page.limit(), values.size(), page.total(), page.isLastPage(), values);
    }
}
