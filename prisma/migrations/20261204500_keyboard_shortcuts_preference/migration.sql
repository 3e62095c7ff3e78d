-- AlterTable
ALTER TABLE "user" ADD COLUMN "keyboard_shortcuts" BOOLEAN NOT NULL DEFAULT true;
