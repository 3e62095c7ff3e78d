"use server";

import { redirect } from "next/navigation";
import { defineAction, revalidating, type Service } from "@/lib/auth/action";
import { addAgreementSchema, completeAgreementSchema, createVisitSchema } from "./schemas";
import { addAgreement, completeAgreement, createVisit } from "./service";

const refreshing = revalidating("/visitas");
/** Open agreements also show on the municipality's home. */
const refreshingHome = revalidating("/municipalidades");
const refreshingBoth = <I, R>(service: Service<I, R>) => refreshing<I, R>((viewer, ip, input) => refreshingHome(service)(input, { viewer, ip }));

export const createVisitAction = defineAction({ name: "createTechnicalVisit", permission: "visits.manage", input: createVisitSchema }, async (input, context) => {
  const { id } = await refreshing(createVisit)(input, context);
  redirect(`/visitas/${id}`);
});

export const addAgreementAction = defineAction({ name: "addVisitAgreement", permission: "visits.manage", input: addAgreementSchema }, refreshingBoth(addAgreement));

export const completeAgreementAction = defineAction({ name: "completeVisitAgreement", permission: "visits.completeAgreement", input: completeAgreementSchema }, refreshingBoth(completeAgreement));
