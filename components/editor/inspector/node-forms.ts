import type { ComponentType } from "react";
import type { NodeType } from "@/lib/flow";
import { ButtonsForm } from "./forms/buttons-form";
import { ConditionForm } from "./forms/condition-form";
import { ContactUpdateForm } from "./forms/contact-update-form";
import { CtaUrlForm } from "./forms/cta-url-form";
import { DelayForm } from "./forms/delay-form";
import { DiscountCodeForm } from "./forms/discount-code-form";
import { EndForm } from "./forms/end-form";
import type { FormProps } from "./forms/form-kit";
import { HandoffForm } from "./forms/handoff-form";
import { HttpRequestForm } from "./forms/http-request-form";
import { JumpForm } from "./forms/jump-form";
import { ListForm } from "./forms/list-form";
import { LocationRequestForm } from "./forms/location-request-form";
import { MessageForm } from "./forms/message-form";
import { QuestionForm } from "./forms/question-form";
import { SetVariableForm } from "./forms/set-variable-form";
import { StartForm } from "./forms/start-form";
import { TemplateForm } from "./forms/template-form";

/** The field layout of each node type; TypeScript demands one form per lib/flow node type. */
export const NODE_FORMS: { readonly [K in NodeType]: ComponentType<FormProps<K>> } = {
  start: StartForm,
  message: MessageForm,
  buttons: ButtonsForm,
  list: ListForm,
  question: QuestionForm,
  location_request: LocationRequestForm,
  template: TemplateForm,
  cta_url: CtaUrlForm,
  condition: ConditionForm,
  set_variable: SetVariableForm,
  delay: DelayForm,
  jump: JumpForm,
  http_request: HttpRequestForm,
  contact_update: ContactUpdateForm,
  handoff: HandoffForm,
  discount_code: DiscountCodeForm,
  end: EndForm,
};
