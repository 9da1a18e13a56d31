package cn.onewindow.approval.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ends a step with its outcome (e.g. "现场核查符合要求"). */
public record StepCompletion(@NotBlank @Size(max = 2000) String outcome) {
}
