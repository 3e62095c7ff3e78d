"use server";

import { redirect } from "next/navigation";
import { defineAction, revalidating, type Service } from "@/lib/auth/action";
import { attendanceSchema, evaluationSchema, publishSessionSchema, registerSchema } from "./schemas";
import { evaluate, publishSession, recordAttendance, registerStaff } from "./service";

const refreshing = revalidating("/capacitaciones");
/** Attendance and evaluations change line 2 of the municipalities' work plans. */
const refreshingPlans = revalidating("/municipalidades");
const refreshingBoth = <I, R>(service: Service<I, R>) => refreshing<I, R>((viewer, ip, input) => refreshingPlans(service)(input, { viewer, ip }));

export const publishSessionAction = defineAction({ name: "publishTrainingSession", permission: "trainings.publish", input: publishSessionSchema }, async (input, context) => {
  const { id } = await refreshing(publishSession)(input, context);
  redirect(`/capacitaciones/${id}`);
});

export const registerStaffAction = defineAction({ name: "registerTrainingStaff", permission: "trainings.register", input: registerSchema }, refreshing(registerStaff));

export const recordAttendanceAction = defineAction({ name: "recordTrainingAttendance", permission: "trainings.attendance", input: attendanceSchema }, refreshingBoth(recordAttendance));

export const evaluateTrainingAction = defineAction({ name: "evaluateTraining", permission: "trainings.evaluate", input: evaluationSchema }, refreshingBoth(evaluate));
